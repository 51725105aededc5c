#!/usr/bin/python3
"""PyTorch reference runs for PyTorchParityTest: 20 epochs of small networks, float64.

Each case is an experiment the engine can run (network, training settings, data, initial
weights) plus what PyTorch 1.13 did with it: the mean training loss of every epoch and the
weights after the last one. Together the cases cover SGD, SGD with momentum and Adam; MSE,
BCE (from logits) and cross-entropy; clipping by value and by norm; weight decay; batch
sizes 1, 7 (30 rows = 4 x 7 + 2, a ragged last batch) and full; and sigmoid, tanh, ReLU and
leaky ReLU hidden layers.

Conventions (docs/FORMATS.md, the engine's):
  W is inputs x units, z = x . W + b (torch's nn.Linear.weight would be W^T)
  batches in file order, no shuffling; batchSize 0 = the whole data set in one batch
  per batch: forward, loss, zero grads, backward of loss + l1 * sum|W| (weights only), clip (all
  parameters, biases included), weight decay (weights only: a separate torch param group with
  weight_decay 0 for biases), optimizer step
  epoch loss = sum over batches of (batch mean loss * batch size) / rows, without the L1 penalty
  input features: computed here from the raw x1, x2 (data.x), appended in the format's order
  (x1^2, x2^2, x1*x2, sin(x1), sin(x2)), then every column standardised with the population
  mean and deviation if the case asks; data.inputs is what the network saw. The Java test
  prepares data.x with the project's own code and checks it gets the same inputs
  cross-entropy targets are one-hot in the fixture (torch gets the class indices)

Floats are written with Python's repr (shortest round-trip), so Java's Double.parseDouble
reads back the exact bits.

Run from the repository root (Debian's python, which has torch 1.13 and numpy):
  /usr/bin/python3 src/test/resources/parity/make_parity_fixtures.py
"""
import json
import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np  # noqa: E402
import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402

torch.set_num_threads(1)
torch.set_default_dtype(torch.float64)
HERE = os.path.dirname(os.path.abspath(__file__))
ROWS, FEATURES, EPOCHS = 30, 3, 20

ACTIVATIONS = {
    "sigmoid": torch.sigmoid,
    "tanh": torch.tanh,
    "relu": torch.relu,
    "leaky_relu": lambda z: F.leaky_relu(z, 0.01),
    "linear": lambda z: z,
}


INPUT_FEATURES = {
    "x1^2": lambda x1, x2: x1 * x1,
    "x2^2": lambda x1, x2: x2 * x2,
    "x1*x2": lambda x1, x2: x1 * x2,
    "sin(x1)": lambda x1, x2: np.sin(x1),
    "sin(x2)": lambda x1, x2: np.sin(x2),
}


def network_inputs(x, input_features, standardize):
    # the raw columns, then the chosen features in the format's order, then (if asked) standardised
    ids = [f for f in INPUT_FEATURES if f in input_features]
    if not ids and not standardize:
        return x  # the same array as before input features existed: the older cases stay bit for bit
    inputs = np.column_stack([x] + [INPUT_FEATURES[f](x[:, 0], x[:, 1]) for f in ids])
    if standardize:
        scale = inputs.std(axis=0)
        inputs = (inputs - inputs.mean(axis=0)) / np.where(scale > 0, scale, 1.0)
    return inputs


def make_data(rng, loss, outputs, features=FEATURES, input_features=(), standardize=False):
    x = rng.normal(size=(ROWS, features))
    inputs = network_inputs(x, input_features, standardize)
    score = inputs @ rng.normal(size=(inputs.shape[1], max(outputs, 1))) + 0.3 * rng.normal(size=(ROWS, max(outputs, 1)))
    if loss == "mse":
        y = np.sin(score)  # smooth real-valued targets
    elif loss == "bce":
        y = (score[:, :1] > 0).astype(np.float64)
    else:
        y = np.eye(outputs)[np.argmax(score, axis=1)]
    return x, inputs, y


def make_weights(rng, sizes):
    # U(-1/sqrt(fan_in), 1/sqrt(fan_in)) for W and b, as torch's nn.Linear default
    weights = []
    for fan_in, fan_out in zip(sizes[:-1], sizes[1:]):
        a = 1.0 / np.sqrt(fan_in)
        weights.append({"W": rng.uniform(-a, a, size=(fan_in, fan_out)).tolist(),
                        "b": rng.uniform(-a, a, size=fan_out).tolist()})
    return weights


def batch_loss(z, y, loss):
    if loss == "mse":
        return F.mse_loss(z, y)  # z is the output activation here
    if loss == "bce":
        return F.binary_cross_entropy_with_logits(z, y)
    return F.cross_entropy(z, torch.argmax(y, dim=1))


def train(case, x, y, weights):
    Ws = [torch.tensor(w["W"], requires_grad=True) for w in weights]
    bs = [torch.tensor(w["b"], requires_grad=True) for w in weights]
    t = case["training"]
    groups = [{"params": Ws, "weight_decay": t["weightDecay"]}, {"params": bs, "weight_decay": 0.0}]
    o = t["optimizer"]
    if o["type"] == "sgd":
        opt = torch.optim.SGD(groups, lr=o["learningRate"], momentum=o["momentum"])
    else:
        opt = torch.optim.Adam(groups, lr=o["learningRate"], betas=(o["beta1"], o["beta2"]), eps=o["epsilon"])
    layers = case["network"]["layers"]
    size = t["batchSize"] or ROWS
    X, Y = torch.tensor(x), torch.tensor(y)
    clip = t["gradientClipping"]
    epoch_loss, clipped = [], 0
    for _ in range(EPOCHS):
        total = 0.0
        for start in range(0, ROWS, size):
            xb, yb = X[start:start + size], Y[start:start + size]
            h = xb
            for k, layer in enumerate(layers):
                h = h @ Ws[k] + bs[k]
                last = k == len(layers) - 1
                # bce and cross-entropy take the logits; mse the output activation
                if not last or t["loss"] == "mse":
                    h = ACTIVATIONS[layer["activation"]](h)
            loss = batch_loss(h, yb, t["loss"])
            opt.zero_grad()
            # L1 as a PyTorch user adds it: to the loss before backward, weights only
            penalised = loss + t["l1"] * sum(W.abs().sum() for W in Ws) if t["l1"] else loss
            penalised.backward()
            params = [p for pair in zip(Ws, bs) for p in pair]
            if clip["mode"] == "value":
                clipped += int(any(bool((p.grad.abs() > clip["threshold"]).any()) for p in params))
                torch.nn.utils.clip_grad_value_(params, clip["threshold"])
            elif clip["mode"] == "norm":
                norm = torch.nn.utils.clip_grad_norm_(params, clip["threshold"])
                clipped += int(clip["threshold"] / (float(norm) + 1e-6) < 1.0)
            opt.step()
            total += loss.item() * xb.shape[0]
        epoch_loss.append(total / ROWS)
    final = [{"W": W.detach().numpy().tolist(), "b": b.detach().numpy().tolist()} for W, b in zip(Ws, bs)]
    return epoch_loss, final, clipped


def sgd(lr, momentum=0.0):
    return {"type": "sgd", "learningRate": lr, "momentum": momentum}


def adam(lr):
    return {"type": "adam", "learningRate": lr, "beta1": 0.9, "beta2": 0.999, "epsilon": 1e-8}


def case(name, hidden, output, loss, optimizer, batch, clip=("none", 1.0), weight_decay=0.0, l1=0.0,
         input_features=None, standardize=False, zero_weight=False):
    layers = [{"type": "dense", "units": u, "activation": a} for u, a in hidden] + [
        {"type": "dense", "units": output[0], "activation": output[1]}]
    inputs = FEATURES if input_features is None else 2 + len(input_features)
    c = {"name": name, "network": {"inputs": inputs, "layers": layers},
         "training": {"loss": loss, "optimizer": optimizer, "batchSize": batch, "epochs": EPOCHS,
                      "shuffle": False, "gradientClipping": {"mode": clip[0], "threshold": clip[1]},
                      "weightDecay": weight_decay, "l1": l1}}
    if input_features is not None:
        c["data"] = {"inputFeatures": input_features, "standardize": standardize}
    if zero_weight:
        c["zeroWeight"] = True  # W[0][0] of every layer starts at exactly 0: L1's sign(0) = 0
    return c


CASES = [
    case("sgd_mse_sigmoid_batch1", [(4, "sigmoid")], (1, "linear"), "mse", sgd(0.1), 1),
    case("momentum_mse_tanh_batch7", [(5, "tanh")], (2, "linear"), "mse", sgd(0.05, 0.9), 7),
    case("adam_bce_relu_full", [(4, "relu")], (1, "sigmoid"), "bce", adam(0.01), 0),
    case("adam_crossentropy_leaky_batch7", [(5, "leaky_relu")], (3, "softmax"), "cross_entropy", adam(0.01), 7),
    case("sgd_bce_tanh_clip_value_batch7", [(4, "tanh")], (1, "sigmoid"), "bce", sgd(0.5), 7, ("value", 0.05)),
    case("adam_crossentropy_sigmoid_relu_clip_norm_batch1", [(4, "sigmoid"), (4, "relu")], (3, "softmax"),
         "cross_entropy", adam(0.02), 1, ("norm", 0.3)),
    case("momentum_mse_leaky_weight_decay_full", [(5, "leaky_relu")], (1, "linear"), "mse", sgd(0.1, 0.5), 0,
         weight_decay=0.05),
    case("adam_bce_tanh_weight_decay_clip_norm_batch7", [(4, "tanh"), (3, "sigmoid")], (1, "sigmoid"), "bce",
         adam(0.05), 7, ("norm", 0.2), 0.01),
    case("sgd_crossentropy_relu_clip_value_weight_decay_full", [(6, "relu")], (3, "softmax"), "cross_entropy",
         sgd(0.3), 0, ("value", 0.02), 0.1),
    case("sgd_mse_tanh_l1_zero_weight_batch7", [(4, "tanh")], (1, "linear"), "mse", sgd(0.1), 7, l1=0.01,
         zero_weight=True),
    case("momentum_bce_relu_l1_clip_norm_weight_decay_batch1", [(5, "relu")], (1, "sigmoid"), "bce",
         sgd(0.1, 0.5), 1, ("norm", 0.3), 0.01, l1=0.005),
    case("adam_crossentropy_tanh_l1_zero_weight_full", [(4, "tanh")], (3, "softmax"), "cross_entropy", adam(0.02), 0,
         l1=0.01, zero_weight=True),
    case("adam_mse_sigmoid_l1_clip_norm_weight_decay_batch7", [(4, "sigmoid"), (3, "tanh")], (2, "linear"), "mse",
         adam(0.03), 7, ("norm", 0.2), 0.02, l1=0.003),
    case("sgd_bce_tanh_all_input_features_batch7", [(4, "tanh")], (1, "sigmoid"), "bce", sgd(0.2), 7,
         input_features=["x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)"]),
    case("adam_crossentropy_relu_input_features_standardized_l1_batch7", [(6, "relu")], (3, "softmax"),
         "cross_entropy", adam(0.02), 7, l1=0.002, input_features=["x1*x2", "sin(x1)", "x2^2"], standardize=True),
]


def main():
    rng = np.random.RandomState(20261127)
    out = {"format": "chainrule-parity/1", "torch": torch.__version__, "epochs": EPOCHS, "cases": []}
    for c in CASES:
        layers = c["network"]["layers"]
        sizes = [c["network"]["inputs"]] + [layer["units"] for layer in layers]
        if "data" in c:
            d = c["data"]
            x, inputs, y = make_data(rng, c["training"]["loss"], layers[-1]["units"], 2, d["inputFeatures"],
                                     d["standardize"])
        else:
            x, inputs, y = make_data(rng, c["training"]["loss"], layers[-1]["units"])
        weights = make_weights(rng, sizes)
        if c.get("zeroWeight"):
            for w in weights:
                w["W"][0][0] = 0.0
        epoch_loss, final, clipped = train(c, inputs, y, weights)
        if c["training"]["gradientClipping"]["mode"] != "none":
            # a clipping case that never clips would test nothing
            assert clipped > 0, c["name"]
        c["data"] = dict(c.get("data", {}), x=x.tolist(), y=y.tolist())
        if "inputFeatures" in c["data"]:
            c["data"]["inputs"] = inputs.tolist()
        c.update({"initialWeights": weights,
                  "epochLoss": epoch_loss, "finalWeights": final, "clippedSteps": clipped})
        out["cases"].append(c)
        print("%-52s first loss %.6f last %.6f clipped steps %d" % (c["name"], epoch_loss[0], epoch_loss[-1], clipped))
    with open(os.path.join(HERE, "parity_fixtures.json"), "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
