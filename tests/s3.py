"""A local S3 emulator (moto's server, installed from PyPI with the test extras) for tests that
store uploads the way a deployment with several app servers does."""

import contextlib
import socket
import uuid

import boto3
from moto.server import ThreadedMotoServer

CREDENTIALS = {"S3_ACCESS_KEY_ID": "emulator", "S3_SECRET_ACCESS_KEY": "emulator", "S3_REGION": "us-east-1"}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def s3_emulator():
    """A running emulator; yields the S3_* variables of a new, empty bucket on it."""
    port = _free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    try:
        variables = {
            **CREDENTIALS,
            "S3_ENDPOINT_URL": f"http://127.0.0.1:{port}",
            "S3_BUCKET": f"wksbm-{uuid.uuid4().hex[:8]}",
        }
        bucket_client(variables).create_bucket(Bucket=variables["S3_BUCKET"])
        yield variables
    finally:
        server.stop()


def bucket_client(variables):
    return boto3.client(
        "s3",
        endpoint_url=variables["S3_ENDPOINT_URL"],
        aws_access_key_id=variables["S3_ACCESS_KEY_ID"],
        aws_secret_access_key=variables["S3_SECRET_ACCESS_KEY"],
        region_name=variables["S3_REGION"],
    )


def bucket_names(variables) -> set[str]:
    listing = bucket_client(variables).list_objects_v2(Bucket=variables["S3_BUCKET"])
    return {item["Key"] for item in listing.get("Contents", [])}
