# replaces: saturation_stats
# Uses the sigmoid's peak 1/4 as the largest derivative for tanh too.
# fails: test_stats_autograd, test_stats_closed_form, test_stats_threshold, test_stats_strict, test_stats_float32
def saturation_stats(
    Z: np.ndarray, kind: str, *, rel: float = 0.01
) -> dict[str, float]:
    if Z.ndim != 2:
        raise ValueError("Z must be 2-D")
    if not 0 < rel <= 1:
        raise ValueError("rel must be in (0, 1]")
    if kind == "sigmoid":
        t = np.tanh(Z / 2)
        deriv = (1 - t) * (1 + t) / 4
    elif kind == "tanh":
        t = np.tanh(Z)
        deriv = (1 - t) * (1 + t)
    else:
        raise ValueError(kind)
    saturated = deriv < rel * 0.25
    return {
        "mean_derivative": float(deriv.mean()),
        "saturated_fraction": float(saturated.mean()),
        "fully_saturated_units": float(saturated.all(axis=0).mean()),
    }
