#!/usr/bin/env python3
"""Target and topic agreement against the gold's `target` and `topics` fields.

    score_fields.py [CORPUS_DIR] --run 'build/examples/communique-extract --format jsonl {files}'
    score_fields.py [CORPUS_DIR] --pred PRED.jsonl

CORPUS_DIR defaults to ../shared/corpus/dev (beside this checkout). Gold statements are paired
with extracted ones exactly as ../shared/tools/score.py pairs them (whose functions this script
imports): an extracted statement belongs to the gold sentence that holds its cue.begin (or its
begin), and each gold statement takes the extracted statement of that sentence whose source and
kind fit best. A pair is *matched* when both its source and its kind are right; the figures
below are over matched pairs, for the gold statements that have the field, plus the same
count over all gold statements with the field (a gold statement with no match then counts as
a miss), so that detection and field quality can be told apart.

target  exact: the extracted target's members (or its name) match the gold target's names one
        for one, with score.py's name matching (`same`: last words, aliases such as
        Washington = United States); any: at least one gold name matches one of them.
topics  compared after score.py's `norm` (case and punctuation ignored): exact set equality,
        at least one shared topic, and micro precision / recall / F1 over the topic sets.

Exits 0 with a message, without scoring, when ../shared (or its corpus or score.py) is absent.
"""
import argparse
import importlib.util
import json
import pathlib
import shlex
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SCORE_PY = SHARED / "tools" / "score.py"


def load_score_module():
    spec = importlib.util.spec_from_file_location("communique_shared_score", SCORE_PY)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def actor_names(actor):
    """An extracted actor (JSON object or null) as the list of names score.py compares."""
    if not isinstance(actor, dict):
        return []
    members = [m.get("name", "") if isinstance(m, dict) else str(m)
               for m in actor.get("members") or []]
    return members or [actor.get("name", "")]


def pair(score, sentences, predictions):
    """(gold statement, extracted record or None, matched) for every gold statement, with
    score.py's placement and pairing."""
    by_doc = {}
    for s in sentences:
        by_doc.setdefault(s["doc"], []).append(s)
    placed = {id(s): [] for s in sentences}
    for record in predictions:
        name = pathlib.Path(str(record.get("doc", ""))).name
        at = score.anchor(record)
        home = next((s for s in by_doc.get(name, [])
                     if isinstance(at, int) and s["begin"] <= at < s["end"]), None)
        if home is not None:
            placed[id(home)].append(record)
    out = []
    for s in sentences:
        preds = list(placed[id(s)])
        for g in s["statements"]:
            best, best_score = None, -1
            for p in preds:
                sc = (2 * score.source_matches(g, score.predicted_names(p))
                      + (p.get("kind") in score.as_list(g["kind"])))
                if sc > best_score:
                    best, best_score = p, sc
            if best is None:
                out.append((s, g, None, False))
                continue
            preds.remove(best)
            matched = best_score == 3
            out.append((s, g, best, matched))
    return out


def target_agreement(score, gold_target, record):
    names = actor_names(record.get("target"))
    exact = bool(names) and score.source_ok(gold_target, names)
    anyhit = any(any(score.same(alt, n) for alt in score.as_list(member) for n in names)
                 for member in gold_target)
    return exact, anyhit, names


def topic_sets(score, gold_topics, record):
    g = {score.norm(t) for t in gold_topics if isinstance(t, str) and score.norm(t)}
    p = {score.norm(t) for t in record.get("topics") or [] if isinstance(t, str) and score.norm(t)}
    return g, p


def ratio(a, b):
    return round(a / b, 3) if b else None


def evaluate(score, sentences, predictions, verbose):
    pairs = pair(score, sentences, predictions)
    t = {"gold": 0, "matched": 0, "exact": 0, "any": 0, "extracted_none": 0}
    k = {"gold": 0, "matched": 0, "exact": 0, "overlap": 0, "tp": 0, "gold_topics": 0,
         "extracted_topics": 0, "extracted_none": 0}
    notes = []
    for s, g, p, matched in pairs:
        if "target" in g:
            t["gold"] += 1
            if matched:
                t["matched"] += 1
                exact, anyhit, names = target_agreement(score, g["target"], p)
                t["exact"] += exact
                t["any"] += anyhit
                t["extracted_none"] += not names
                if not exact:
                    notes.append(("target", s, g["target"], names))
        if "topics" in g:
            k["gold"] += 1
            if matched:
                k["matched"] += 1
                gs, ps = topic_sets(score, g["topics"], p)
                k["exact"] += gs == ps
                k["overlap"] += bool(gs & ps)
                k["tp"] += len(gs & ps)
                k["gold_topics"] += len(gs)
                k["extracted_topics"] += len(ps)
                k["extracted_none"] += not ps
                if gs != ps:
                    notes.append(("topics", s, sorted(g["topics"]), sorted(p.get("topics") or [])))
    pr = ratio(k["tp"], k["extracted_topics"])
    rc = ratio(k["tp"], k["gold_topics"])
    f1 = round(2 * pr * rc / (pr + rc), 3) if pr and rc else 0.0
    result = {
        "target": {
            "gold_with_target": t["gold"], "matched": t["matched"],
            "exact": t["exact"], "any": t["any"], "matched_without_extracted_target": t["extracted_none"],
            "exact_rate_matched": ratio(t["exact"], t["matched"]),
            "any_rate_matched": ratio(t["any"], t["matched"]),
            "exact_rate_all": ratio(t["exact"], t["gold"]),
        },
        "topics": {
            "gold_with_topics": k["gold"], "matched": k["matched"],
            "exact": k["exact"], "overlap": k["overlap"],
            "matched_without_extracted_topics": k["extracted_none"],
            "exact_rate_matched": ratio(k["exact"], k["matched"]),
            "overlap_rate_matched": ratio(k["overlap"], k["matched"]),
            "exact_rate_all": ratio(k["exact"], k["gold"]),
            "micro_precision": pr, "micro_recall": rc, "micro_f1": f1,
        },
    }
    if verbose:
        for what, s, want, got in notes:
            print(f"{what:6} | {s['doc']}: {s['text'][:90]}\n       | want {want}\n       | got  {got}")
    return result


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=pathlib.Path, nargs="?", default=SHARED / "corpus" / "dev")
    ap.add_argument("--run", help="extractor command; {files} becomes the corpus's .txt files")
    ap.add_argument("--pred", type=pathlib.Path, help="JSON Lines of extracted statements")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every disagreement")
    args = ap.parse_args()

    if not SCORE_PY.is_file() or not (args.corpus / "gold.jsonl").is_file():
        print(f"score_fields: skipped: {SCORE_PY} or {args.corpus / 'gold.jsonl'} is absent "
              "(the shared corpus is not beside this checkout)")
        return 0
    if not args.run and not args.pred:
        ap.error("give --run or --pred")
    score = load_score_module()
    docs, sentences, problems = score.load_gold(args.corpus)
    for problem in problems:
        print(problem, file=sys.stderr)

    if args.run:
        files = " ".join(shlex.quote(str(args.corpus / d)) for d in docs)
        run = subprocess.run(args.run.replace("{files}", files), shell=True, capture_output=True,
                             text=True, cwd=ROOT)
        if run.returncode != 0:
            print(run.stderr[-2000:], file=sys.stderr)
            print(f"extractor failed with exit code {run.returncode}")
            return 1
        lines = run.stdout.splitlines()
    else:
        lines = args.pred.read_text(encoding="utf-8").splitlines()
    predictions = []
    for line in lines:
        if line.strip():
            try:
                predictions.append(json.loads(line))
            except json.JSONDecodeError:
                print(f"not JSON: {line[:120]}", file=sys.stderr)
                return 1

    r = evaluate(score, sentences, predictions, args.verbose)
    if args.json:
        print(json.dumps(r, indent=1))
        return 0
    t, k = r["target"], r["topics"]
    print(f"target: {t['gold_with_target']} gold statements with a target, {t['matched']} matched "
          f"(source and kind right)")
    print(f"  exact {t['exact']}/{t['matched']} ({t['exact_rate_matched']}), "
          f"any name {t['any']}/{t['matched']} ({t['any_rate_matched']}), "
          f"no target extracted {t['matched_without_extracted_target']}; "
          f"exact over all gold {t['exact']}/{t['gold_with_target']} ({t['exact_rate_all']})")
    print(f"topics: {k['gold_with_topics']} gold statements with topics, {k['matched']} matched")
    print(f"  exact set {k['exact']}/{k['matched']} ({k['exact_rate_matched']}), "
          f"overlap {k['overlap']}/{k['matched']} ({k['overlap_rate_matched']}), "
          f"no topics extracted {k['matched_without_extracted_topics']}; "
          f"exact over all gold {k['exact']}/{k['gold_with_topics']} ({k['exact_rate_all']})")
    print(f"  micro P {k['micro_precision']}  R {k['micro_recall']}  F1 {k['micro_f1']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
