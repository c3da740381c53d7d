#!/bin/sh
# Scores communique-extract on the project's own passages (tests/eval/passages/SET: texts
# written for the project in four genres, with their gold) and fails when a set's
# source+kind F1 falls below its floor. The scorer is ../shared/tools/score.py: without it
# the check says so and passes (a stranger's clone has no ../shared).
# usage: passages_floor.sh EXTRACT SHARED_DIR PASSAGES_DIR SET:FLOOR...
extract=$1 shared=$2 passages=$3
shift 3
score="$shared/tools/score.py"
if [ ! -f "$score" ]; then
    echo "skipped: no scorer at $score (../shared is absent)"
    exit 0
fi
status=0
for pair in "$@"; do
    set_name=${pair%%:*} floor=${pair#*:}
    f1=$(python3 "$score" "$passages/$set_name" --run "$extract --format jsonl {files}" |
         sed -n 's/^source+kind F1 \([0-9.]*\)$/\1/p')
    if [ -z "$f1" ]; then
        echo "$set_name: the scorer gave no source+kind F1"
        status=1
    elif python3 -c "import sys; sys.exit(0 if float('$f1') >= float('$floor') else 1)"; then
        echo "$set_name: source+kind F1 $f1 (floor $floor)"
    else
        echo "$set_name: source+kind F1 $f1 is below its floor $floor"
        status=1
    fi
done
exit $status
