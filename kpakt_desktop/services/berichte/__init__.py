"""Reports the office prints or sends out: BDV Excel, PDF Lagebericht, Nachfrage-Bündelung, Rückmeldebogen."""
