"""The hall's certificates, with `cryptography`'s x509: its CA, its server certificate, and the
client certificates it issues to seats at enrolment (from the seat's CSR; the seat's private
key never leaves the seat). Seats use Ed25519 keys: they sign every request with them too,
because uvicorn does not hand the peer certificate to the app (DESIGN §7).
"""

from __future__ import annotations

import hashlib
import ipaddress
from dataclasses import dataclass
from datetime import datetime, timedelta

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

CA_YEARS = 10
SERVER_YEARS = 2
SEAT_YEARS = 2


@dataclass(frozen=True)
class KeyPair:
    key_pem: bytes
    cert_pem: bytes


def _name(common: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "SeatDesk hall"),
            x509.NameAttribute(NameOID.COMMON_NAME, common),
        ]
    )


def _private_pem(key: ec.EllipticCurvePrivateKey | ed25519.Ed25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def fingerprint(cert_pem: bytes) -> str:
    """SHA-256 of the certificate's DER, in hex: what an enrolment code pins."""
    cert = x509.load_pem_x509_certificate(cert_pem)
    return hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()


def new_ca(hall_id: str, now: datetime) -> KeyPair:
    key = ec.generate_private_key(ec.SECP256R1())
    name = _name(f"SeatDesk hall CA {hall_id}")
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=365 * CA_YEARS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    return KeyPair(_private_pem(key), cert.public_bytes(serialization.Encoding.PEM))


def _load_ca(ca: KeyPair) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = serialization.load_pem_private_key(ca.key_pem, None)
    assert isinstance(key, ec.EllipticCurvePrivateKey)
    return key, x509.load_pem_x509_certificate(ca.cert_pem)


def new_server_cert(ca: KeyPair, hosts: list[str], now: datetime) -> KeyPair:
    ca_key, ca_cert = _load_ca(ca)
    key = ec.generate_private_key(ec.SECP256R1())
    names: list[x509.GeneralName] = []
    for host in hosts:
        try:
            names.append(x509.IPAddress(ipaddress.ip_address(host)))
        except ValueError:
            names.append(x509.DNSName(host))
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(hosts[0]))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=365 * SERVER_YEARS))
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    return KeyPair(_private_pem(key), cert.public_bytes(serialization.Encoding.PEM))


def new_seat_key() -> ed25519.Ed25519PrivateKey:
    return ed25519.Ed25519PrivateKey.generate()


def seat_key_pem(key: ed25519.Ed25519PrivateKey) -> bytes:
    return _private_pem(key)


def load_seat_key(pem: bytes) -> ed25519.Ed25519PrivateKey:
    key = serialization.load_pem_private_key(pem, None)
    if not isinstance(key, ed25519.Ed25519PrivateKey):
        raise ValueError("not an Ed25519 seat key")
    return key


def seat_csr(key: ed25519.Ed25519PrivateKey, seat_name: str) -> bytes:
    csr = x509.CertificateSigningRequestBuilder().subject_name(_name(seat_name)).sign(key, None)
    return csr.public_bytes(serialization.Encoding.PEM)


class BadRequestCsr(ValueError):
    pass


def issue_seat_cert(ca: KeyPair, csr_pem: bytes, seat_id: str, now: datetime) -> bytes:
    """A client certificate for the seat's own key (its CSR must be signed by that key)."""
    ca_key, ca_cert = _load_ca(ca)
    try:
        csr = x509.load_pem_x509_csr(csr_pem)
    except ValueError:
        raise BadRequestCsr("not a certificate signing request") from None
    if not csr.is_signature_valid:
        raise BadRequestCsr("the request is not signed by its key")
    public = csr.public_key()
    if not isinstance(public, ed25519.Ed25519PublicKey):
        raise BadRequestCsr("a seat key must be Ed25519")
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(seat_id))
        .issuer_name(ca_cert.subject)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=365 * SEAT_YEARS))
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.PEM)


def seat_public_key(cert_pem: bytes, ca_cert_pem: bytes) -> bytes:
    """The raw Ed25519 public key of a seat certificate issued by this hall's CA."""
    cert = x509.load_pem_x509_certificate(cert_pem)
    ca = x509.load_pem_x509_certificate(ca_cert_pem)
    ca_public = ca.public_key()
    assert isinstance(ca_public, ec.EllipticCurvePublicKey)
    try:
        cert.verify_directly_issued_by(ca)
    except (InvalidSignature, ValueError, TypeError):
        raise BadRequestCsr("certificate not issued by this hall") from None
    public = cert.public_key()
    if not isinstance(public, ed25519.Ed25519PublicKey):
        raise BadRequestCsr("not a seat certificate")
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def seat_id_of(cert_pem: bytes) -> str:
    """The seat id a seat certificate was issued to (its common name)."""
    cert = x509.load_pem_x509_certificate(cert_pem)
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else ""
