"""The peer of the serving benchmark: the service users write today, FastAPI + uvicorn + XGBoost serving the bundle's
model.json with MLflow's dataframe_split request shape, answering label and probabilities per row as /predict does.

Run: MODEL_DIR=artifacts/serving/model uvicorn --app-dir build/Benchmarks fastapi_xgboost:app
"""
import json
import os
from typing import List, Optional

import numpy
import xgboost
from fastapi import FastAPI
from pydantic import BaseModel

MODEL_DIR = os.environ["MODEL_DIR"]
with open(os.path.join(MODEL_DIR, "training.json"), encoding="utf-8") as file:
    TRAINING = json.load(file)
FEATURES = TRAINING["features"]
CLASSES = TRAINING["classes"]
BOOSTER = xgboost.Booster(model_file=os.path.join(MODEL_DIR, "model.json"))
# One thread per request, as the service scores each request on one thread; uvicorn's workers give the concurrency.
BOOSTER.set_param("nthread", 1)


class DataFrameSplit(BaseModel):
    columns: List[str]
    data: List[List[Optional[float]]]


class PredictRequest(BaseModel):
    dataframe_split: DataFrameSplit


app = FastAPI()


@app.post("/predict")
def predict(request: PredictRequest):
    split = request.dataframe_split
    order = [split.columns.index(feature) for feature in FEATURES]
    rows = numpy.array([[numpy.nan if row[i] is None else row[i] for i in order] for row in split.data], dtype=numpy.float32)
    probabilities = BOOSTER.inplace_predict(rows)
    return {
        "predictions": [
            {"label": CLASSES[int(p.argmax())], "probabilities": dict(zip(CLASSES, map(float, p)))}
            for p in probabilities
        ]
    }
