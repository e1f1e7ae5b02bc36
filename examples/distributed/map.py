"""The map step of a batch on a Dask cluster: `event-data extract --no-merge` over each partition.

    python3 map.py --scheduler tcp://HOST:8786 --shard-dir SHARDS PARTITION.ndjson...
    python3 map.py --scheduler-file scheduler.json --shard-dir SHARDS --workers 2 \
        --cli '["node", "/path/to/bin/event-data.js"]' PARTITION.ndjson...

One task per partition. A task runs the event-data CLI on the worker that takes it, as a
subprocess, and writes SHARDS/<partition>.shard.ndjson: the per-article results that
`event-data merge` reduces. Workers need only the CLI and a path to the partition (shared storage,
or a copy at the same path); nothing passes through the scheduler but file names.

Prints one JSON object on standard output: the shards in the order their tasks finished (which is
the order to merge them in: any order gives the same dataset), with the worker and the time each
took. Exit codes: 0 every shard written; 1 some partition had articles that failed (named on
standard error; their shards hold the rest); 2 a task failed outright.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import time

from distributed import Client, as_completed, get_worker

# The CLI already makes what it prints safe for a terminal; this keeps it so on its way through.
UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def safe(text, limit=600):
    text = UNSAFE.sub("\ufffd", text)
    return text if len(text) <= limit else text[:limit] + "…"


def extract_partition(cli, partition, shard):
    """Runs on a worker: one partition in, one shard out. Exit 1 (some articles failed) still
    leaves a shard with the others; exit 2 (nothing written) fails the task."""
    started = time.perf_counter()
    run = subprocess.run(
        cli + ["extract", "--no-merge", "--jobs", "1", partition, "-o", shard],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        errors="replace",
    )
    seconds = time.perf_counter() - started
    if run.returncode not in (0, 1):
        raise RuntimeError(
            f"event-data extract exited {run.returncode} on {partition}: {safe(run.stderr)}"
        )
    return {
        "partition": partition,
        "shard": shard,
        "worker": get_worker().name,
        "seconds": round(seconds, 3),
        "exitCode": run.returncode,
        "stderr": safe(run.stderr),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler", help="the scheduler's address, such as tcp://HOST:8786")
    where.add_argument("--scheduler-file", help="the file that `dask scheduler --scheduler-file` wrote")
    parser.add_argument("--shard-dir", required=True, help="where the shards go: a path every worker can write")
    parser.add_argument("--cli", default='["event-data"]', help='the event-data command as a JSON list (default: ["event-data"])')
    parser.add_argument("--workers", type=int, default=1, help="wait until this many workers are there (default: 1)")
    parser.add_argument("partitions", nargs="+")
    args = parser.parse_args()
    cli = json.loads(args.cli)

    with Client(args.scheduler, scheduler_file=args.scheduler_file, timeout="60s") as client:
        client.wait_for_workers(args.workers, timeout=120)
        futures = []
        for partition in map(os.path.abspath, args.partitions):
            # absolute: a worker runs in a directory of its own, on shared storage at the same path
            name = os.path.basename(partition).removesuffix(".ndjson")
            shard = os.path.join(os.path.abspath(args.shard_dir), name + ".shard.ndjson")
            futures.append(client.submit(extract_partition, cli, partition, shard, key=f"extract-{name}"))
        results = []
        failed = []
        for future in as_completed(futures):
            if future.status == "error":
                failed.append(safe(str(future.exception())))
            else:
                results.append(future.result())

    for message in failed:
        print(f"map.py: {message}", file=sys.stderr)
    for result in results:
        if result["exitCode"] == 1:
            print(f"map.py: {result['partition']}: some articles failed:\n{result['stderr']}", file=sys.stderr)
    json.dump({"shards": results}, sys.stdout)
    sys.stdout.write("\n")
    return 2 if failed else 1 if any(r["exitCode"] == 1 for r in results) else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(130)
