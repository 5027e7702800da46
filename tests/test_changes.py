"""Change sets: what a change touched, so that pages reload only that (and hidden pages later)."""

from __future__ import annotations

from kpakt_desktop.services.changes import ChangeSet, Entity, aus_tabellen


def test_ids_are_known_or_mean_any_row() -> None:
    edit = ChangeSet.of(Entity.IT_DIENSTLEISTER, kommune=[3, 4])
    assert edit.touches(Entity.KOMMUNE) and edit.touches(Entity.IT_DIENSTLEISTER)
    assert not edit.touches(Entity.HUERDE)
    assert edit.ids_of(Entity.KOMMUNE) == {3, 4}
    assert edit.ids_of(Entity.IT_DIENSTLEISTER) is None  # some rows, which not said
    assert edit.ids_of(Entity.HUERDE) == frozenset()  # none


def test_union_keeps_ids_only_while_both_sides_know_them() -> None:
    a, b = ChangeSet.of(kommune=[1]), ChangeSet.of(kommune=[2])
    assert (a | b).ids_of(Entity.KOMMUNE) == {1, 2}
    assert (a | ChangeSet.of(Entity.KOMMUNE)).ids_of(Entity.KOMMUNE) is None
    assert ChangeSet.everything().touches(*Entity)


def test_server_notifications_become_the_same_change_sets() -> None:
    changes = aus_tabellen([("kommune", {"12", "13"}), ("nachnutzung_stufe", {"7"}), ("huerde_kommune", {"1"})])
    assert changes.ids_of(Entity.KOMMUNE) == {12, 13}
    assert changes.touches(Entity.NACHNUTZUNG, Entity.HUERDE)
    assert not changes.touches(Entity.TERMIN)
    assert aus_tabellen([("unbekannt", {"1"})]) == ChangeSet.everything()
