#!/bin/sh
# Regenerates the lecture demo's precomputed results (see README.md here). Run from the repository root after
# `mvn -B -q package -DskipTests`. The recipe below must stay the recipe of demo-project.json, or the run keys
# the workbench computes will not match these runs.
set -e
DB=${DB:-/tmp/scalelab-demo.db}
java -jar ${JAR:-target/scalelab.jar} sweep --arch simple-cnn --phi 0:3:0.5 --rules compound,width,depth,resolution \
    --epochs 2 --train-size 3000 --db "$DB"
java -jar ${JAR:-target/scalelab.jar} runs export --db "$DB" --json > assets/demo/demo-runs.json
{
    echo "["
    first=1
    for id in $(java -jar ${JAR:-target/scalelab.jar} runs export --db "$DB" --json | sed -n 's/.*"run_id" : "\([0-9a-f]*\)".*/\1/p'); do
        [ $first = 1 ] || echo ","
        first=0
        java -jar ${JAR:-target/scalelab.jar} runs show "$id" --db "$DB" --json
    done
    echo "]"
} > assets/demo/demo-curves.json
