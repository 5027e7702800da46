"""Widgets of the Berichte page: the report choices and the review of returned Rückmeldebögen."""
