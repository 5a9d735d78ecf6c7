# replaces: saturation_stats
# Writes sigma'(z) as exp(-z) / (1 + exp(-z))**2, which is inf / inf = NaN for very negative z.
# fails: test_stats_extremes
def saturation_stats(
    Z: np.ndarray, kind: str, *, rel: float = 0.01
) -> dict[str, float]:
    if Z.ndim != 2:
        raise ValueError("Z must be 2-D")
    if not 0 < rel <= 1:
        raise ValueError("rel must be in (0, 1]")
    if kind == "sigmoid":
        e = np.exp(-Z)
        deriv, peak = e / (1 + e) ** 2, 0.25
    elif kind == "tanh":
        deriv, peak = 1 - np.tanh(Z) ** 2, 1.0
    else:
        raise ValueError(kind)
    saturated = deriv < rel * peak
    return {
        "mean_derivative": float(deriv.mean()),
        "saturated_fraction": float(saturated.mean()),
        "fully_saturated_units": float(saturated.all(axis=0).mean()),
    }
