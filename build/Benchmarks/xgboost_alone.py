"""XGBoost alone, the peer of `./build.sh Train` in BENCHMARKS.md: read the CSV with pandas, build the DMatrix of the
same training and validation rows the pipeline uses, train the same number of rounds with the same parameters."""
import json
import sys

import numpy as np
import pandas as pd
import xgboost as xgb

csv_path, schema_path, splits_path, rounds, threads = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
schema = json.load(open(schema_path))
splits = json.load(open(splits_path))
label = next(c for c in schema["columns"] if c["role"] == "label")
features = [c["name"] for c in schema["columns"] if c["role"] == "feature"]

frame = pd.read_csv(csv_path)
y = frame[label["name"]].map({name: i for i, name in enumerate(label["categories"])}).to_numpy(dtype=np.float32)
x = frame[features].to_numpy(dtype=np.float32)
train = xgb.DMatrix(x[splits["train"]], label=y[splits["train"]], missing=np.nan, nthread=threads)
validation = xgb.DMatrix(x[splits["validation"]], label=y[splits["validation"]], missing=np.nan, nthread=threads)
parameters = {"objective": "binary:logistic", "eval_metric": "logloss", "tree_method": "hist", "eta": 0.3, "max_depth": 6,
              "seed": 0, "nthread": threads, "verbosity": 0}
xgb.train(parameters, train, rounds, evals=[(train, "train"), (validation, "validation")], verbose_eval=False)
