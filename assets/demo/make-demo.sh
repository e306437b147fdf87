#!/bin/sh
# Regenerates the lecture demo's precomputed results (see README.md here). Run from the repository root after
# `mvn -B -q package -DskipTests`. The recipe below (6 epochs, 3,000 training images, seeds 42, 43, 44, φ = 0..3
# in steps of 1, the bundled Fashion-MNIST with its full test split) must stay the recipe of demo-project.json, or
# the run keys the workbench computes will not match these runs. These are the runs of the study's Table 3
# (docs/study.md): a database that already holds them (DB=...) trains nothing and only exports. DB must hold no
# other runs, since everything in it is exported (a fresh file by default).
set -e
DB=${DB:-/tmp/scalelab-demo.db}
JAR=${JAR:-target/scalelab.jar}
for seed in 42 43 44; do
    java -jar "$JAR" sweep --arch simple-cnn --phi 0:3:1 --rules compound,width,depth,resolution \
        --epochs 6 --train-size 3000 --seed $seed --db "$DB"
done
java -jar "$JAR" runs export --db "$DB" --status DONE --json > assets/demo/demo-runs.json
{
    echo "["
    first=1
    for id in $(sed -n 's/.*"run_id" : "\([0-9a-f]*\)".*/\1/p' assets/demo/demo-runs.json); do
        [ $first = 1 ] || echo ","
        first=0
        java -jar "$JAR" runs show "$id" --db "$DB" --json
    done
    echo "]"
} > assets/demo/demo-curves.json
