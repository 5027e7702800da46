"""Ed25519 keys of the Land offices: creating, storing, loading, signing and verifying.

Private key: PEM (PKCS#8, unencrypted) in ``<data folder>/schluessel/standardpaket-<LL>.key``
(``Locations.keys``: the data folder the user chose; a key made before that choice is still found
in the default data folder),
mode 0600 in a 0700 folder: only the user can read it. Public key: PEM (SubjectPublicKeyInfo)
named ``<LL>.pub``, which is exactly the file the IT-Planungsrat drops into its trust folder.
The fingerprint is ``sha256:`` plus the hex SHA-256 of the 32 raw public key bytes.

The public key (never the private one) is also kept in the Land database (setting
``PUBLIC_KEY_SETTING``): recorded when a package is signed and before the database is copied, so
that a copy (``kpakt db kopieren``, file → server → file) carries the key the office signs with.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from kpakt_desktop import paths
from kpakt_desktop.domain.errors import InputError, meldung
from kpakt_desktop.store.database import Store
from kpakt_desktop.store.models import Einstellung, LandRow

KEY_FOLDER = paths.KEY_FOLDER
TRUST_FOLDER = "vertrauen"
PUBLIC_KEY_SETTING = "standardpaket.oeffentlicher_schluessel"


@dataclass(frozen=True)
class KeyInfo:
    land: str
    private_path: Path
    public_path: Path | None
    public_pem: str
    fingerprint: str


def key_folder(keys: Path | None = None) -> Path:
    """``keys`` (``Locations.keys``, from the data folder the user chose), or the default data folder's."""
    return keys if keys is not None else paths.locations().keys


def _existing(name: str, keys: Path | None) -> Path:
    """Where a key file ``name`` is: in ``keys``; a key made before another data folder was chosen
    is still found in the default one (it is the key the IT-Planungsrat knows)."""
    chosen = key_folder(keys) / name
    if keys is not None and not chosen.exists():
        default = key_folder() / name
        if default.exists():
            return default
    return chosen


def default_private_key_path(land: str, keys: Path | None = None) -> Path:
    return _existing(f"standardpaket-{land}.key", keys)


def demo_private_key_path(land: str, keys: Path | None = None) -> Path:
    """The key that signs packages of a demo database: never the office's real key, so that a
    package of fictitious data can never pass for the Land's own."""
    return _existing(f"standardpaket-{land}-demo.key", keys)


def demo_key(land: str, keys: Path | None = None) -> Path:
    """The demo key of ``land``, created on first use (nobody needs to send or trust it)."""
    path = demo_private_key_path(land, keys)
    if not path.exists():
        create_key_pair(land, None, private_path=path)
    return path


def default_trust_dir() -> Path:
    """Where the federal side keeps the Länder' public keys: one ``<LL>.pub`` per Land."""
    return paths.user_data_dir() / TRUST_FOLDER


def public_key_path(trust_dir: Path, land: str) -> Path:
    return trust_dir / f"{land}.pub"


def fingerprint(public_key: Ed25519PublicKey) -> str:
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return "sha256:" + hashlib.sha256(raw).hexdigest()


def public_pem(public_key: Ed25519PublicKey) -> str:
    data = public_key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    return data.decode("ascii")


def _write_private(path: Path, key: Ed25519PrivateKey) -> None:
    data = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)
    # O_EXCL + mode at creation: the key is never readable by others, not even for a moment.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)


def create_key_pair(
    land: str,
    public_dir: Path | None = None,
    *,
    private_path: Path | None = None,
    replace: bool = False,
    keys: Path | None = None,
) -> KeyInfo:
    """A new key pair for ``land`` (in ``keys`` unless ``private_path``); refuses to overwrite an
    existing private key unless ``replace``."""
    target = private_path or default_private_key_path(land, keys)
    if target.exists() and not replace:
        raise InputError(
            meldung(
                "Für das Land {land} gibt es bereits einen Signaturschlüssel ({target}). Ein "
                "neuer Schlüssel muss dem IT-Planungsrat erneut übermittelt werden; zum Ersetzen "
                "bitte ausdrücklich „ersetzen“ wählen (--ersetzen).",
                land=land,
                target=target,
            )
        )
    if public_dir is not None:  # checked before any key is touched: a bad folder changes nothing
        try:
            public_dir.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise InputError(
                meldung(
                    "Der Ordner {public_dir} für den öffentlichen Schlüssel kann nicht angelegt "
                    "werden ({wert}). Es wurde kein Schlüssel erzeugt.",
                    public_dir=public_dir,
                    wert=err.strerror or err,
                )
            ) from None
    key = Ed25519PrivateKey.generate()
    # The new private key is complete, and its public key saved, before it replaces the old one:
    # a failure on the way leaves the old key in place.
    fresh = target.with_name(f".{target.name}.neu")
    fresh.unlink(missing_ok=True)
    try:
        _write_private(fresh, key)
        pub = key.public_key()
        pem = public_pem(pub)
        pub_path = None
        if public_dir is not None:
            pub_path = public_key_path(public_dir, land)
            pub_path.write_text(pem, encoding="ascii")
        os.replace(fresh, target)
    except OSError as err:
        raise InputError(
            meldung(
                "Das Schlüsselpaar konnte nicht gespeichert werden ({wert}: {wert2}). Der "
                "bisherige Schlüssel bleibt unverändert.",
                wert=err.filename or target,
                wert2=err.strerror or err,
            )
        ) from None
    finally:
        fresh.unlink(missing_ok=True)
    return KeyInfo(land, target, pub_path, pem, fingerprint(pub))


def load_private_key(path: Path) -> Ed25519PrivateKey:
    if not path.exists():
        raise InputError(
            meldung(
                "Kein Signaturschlüssel gefunden ({path}). Bitte zuerst ein Schlüsselpaar "
                "erzeugen („kpakt keygen -o ORDNER“ oder Standardpaket → Schlüssel…).",
                path=path,
            )
        )
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (ValueError, TypeError, OSError, UnsupportedAlgorithm) as err:
        raise InputError(
            meldung("Die Datei {path} enthält keinen lesbaren privaten Schlüssel: {err}", path=path, err=err)
        ) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise InputError(meldung("Der Schlüssel in {path} ist kein Ed25519-Schlüssel.", path=path))
    return key


def key_info(land: str, path: Path | None = None, *, keys: Path | None = None) -> KeyInfo | None:
    """The office's existing key (``path``, or the one in ``keys``), or None."""
    target = path or default_private_key_path(land, keys)
    if not target.exists():
        return None
    pub = load_private_key(target).public_key()
    return KeyInfo(land, target, None, public_pem(pub), fingerprint(pub))


def load_public_key(path: Path) -> Ed25519PublicKey:
    try:
        key = serialization.load_pem_public_key(path.read_bytes())
    except (ValueError, TypeError, OSError, UnsupportedAlgorithm) as err:
        raise InputError(
            meldung("Die Datei {path} enthält keinen lesbaren öffentlichen Schlüssel: {err}", path=path, err=err)
        ) from None
    if not isinstance(key, Ed25519PublicKey):
        raise InputError(meldung("Der Schlüssel in {path} ist kein Ed25519-Schlüssel.", path=path))
    return key


def sign(key: Ed25519PrivateKey, data: bytes) -> bytes:
    """The detached signature file's content: base64 of the 64 signature bytes, one line."""
    return base64.b64encode(key.sign(data)) + b"\n"


def verify(public_key: Ed25519PublicKey, data: bytes, signature_file: bytes) -> bool:
    try:
        raw = base64.b64decode(signature_file.strip(), validate=True)
    except (binascii.Error, ValueError):
        return False
    try:
        public_key.verify(raw, data)
    except InvalidSignature:
        return False
    return True


def save_public_key(info: KeyInfo, target: Path) -> Path:
    """Write the public key (PEM) to send to the IT-Planungsrat; ``<LL>.pub`` is the expected name."""
    try:
        target.write_text(info.public_pem, encoding="ascii")
    except OSError as err:
        raise InputError(
            meldung(
                "Der öffentliche Schlüssel konnte nicht nach {target} geschrieben werden: {err}", target=target, err=err
            )
        ) from None
    return target


def record_public_key(s: Session, public_key: Ed25519PublicKey) -> bool:
    """Keep ``public_key`` (PEM) in the Land database, in the session's transaction; whether it changed."""
    pem = public_pem(public_key)
    row = s.get(Einstellung, PUBLIC_KEY_SETTING)
    if row is not None and row.wert == pem:
        return False
    s.merge(Einstellung(schluessel=PUBLIC_KEY_SETTING, wert=pem))
    return True


def record_office_key(store: Store, keys: Path | None = None) -> str | None:
    """Record the public key of the key this database signs with (the office's key; a demo database's
    demo key), if that key exists here; its fingerprint. Writes only when the stored key differs."""
    with store.read() as s:
        land, demo = s.execute(select(LandRow.schluessel, LandRow.ist_demo)).one()
        stored = s.get(Einstellung, PUBLIC_KEY_SETTING)
        stored_pem = stored.wert if stored is not None else None
    path = demo_private_key_path(land, keys) if demo else default_private_key_path(land, keys)
    if not path.exists():
        return None
    pub = load_private_key(path).public_key()
    if public_pem(pub) != stored_pem:
        with store.write() as s:
            record_public_key(s, pub)
    return fingerprint(pub)


def stored_public_key(store: Store) -> Ed25519PublicKey | None:
    """The public key kept in the Land database, or None."""
    with store.read() as s:
        row = s.get(Einstellung, PUBLIC_KEY_SETTING)
    if row is None:
        return None
    try:
        key = serialization.load_pem_public_key(row.wert.encode("ascii"))
    except (ValueError, TypeError, UnicodeEncodeError, UnsupportedAlgorithm) as err:
        raise InputError(
            meldung(
                "Die Einstellung {PUBLIC_KEY_SETTING} der Landesdatenbank enthält keinen "
                "lesbaren öffentlichen Schlüssel: {err}",
                PUBLIC_KEY_SETTING=PUBLIC_KEY_SETTING,
                err=err,
            )
        ) from None
    if not isinstance(key, Ed25519PublicKey):
        raise InputError(
            meldung(
                "Der Schlüssel in der Einstellung {PUBLIC_KEY_SETTING} ist kein Ed25519-Schlüssel.",
                PUBLIC_KEY_SETTING=PUBLIC_KEY_SETTING,
            )
        )
    return key
