"""Builds the comparison inputs as JSON lines in a temporary folder (never in the repository).

sample:  python3 prepare.py sample <goemotions dev.tsv> <out.jsonl> [count]   - the first <count> texts, cycled when the file is shorter
sdcnl:   python3 prepare.py sdcnl <training-set.csv> <out.jsonl>             - title + selftext, label = is_suicide
"""
import csv
import json
import sys


def sample(source, target, count):
    with open(source, encoding="utf-8") as f:
        texts = [line.split("\t", 1)[0] for line in f if line.strip()]
    if not texts:
        sys.exit(f"prepare.py: {source} has no rows")
    with open(target, "w", encoding="utf-8") as out:
        for i in range(count):
            out.write(json.dumps({"text": texts[i % len(texts)]}, ensure_ascii=False) + "\n")
    return len(texts)


def sdcnl(source, target):
    csv.field_size_limit(1 << 30)
    rows = 0
    with open(source, encoding="utf-8", newline="") as f, open(target, "w", encoding="utf-8") as out:
        reader = csv.DictReader(f)
        for column in ("title", "selftext", "is_suicide"):
            if column not in (reader.fieldnames or []):
                sys.exit(f"prepare.py: {source} has no '{column}' column")
        for row in reader:
            label = row["is_suicide"].strip()
            if label not in ("0", "1"):
                sys.exit(f"prepare.py: {source} row {reader.line_num}: is_suicide is '{label}', not 0 or 1")
            text = (row["title"] or "").strip() + "\n" + (row["selftext"] or "").strip()
            out.write(json.dumps({"text": text.strip(), "label": int(label)}, ensure_ascii=False) + "\n")
            rows += 1
    return rows


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "sample":
        n = sample(sys.argv[2], sys.argv[3], int(sys.argv[4]) if len(sys.argv) > 4 else 10000)
        print(f"sample: {n} distinct GoEmotions texts, cycled to the requested count", file=sys.stderr)
    elif len(sys.argv) == 4 and sys.argv[1] == "sdcnl":
        n = sdcnl(sys.argv[2], sys.argv[3])
        print(f"sdcnl: {n} posts", file=sys.stderr)
    else:
        sys.exit(__doc__)
