# replaces: saturation_stats
# Clips Z to [-30, 30] in place to avoid overflow, changing the caller's array.
# fails: test_stats_autograd
def saturation_stats(
    Z: np.ndarray, kind: str, *, rel: float = 0.01
) -> dict[str, float]:
    if Z.ndim != 2:
        raise ValueError("Z must be 2-D")
    if not 0 < rel <= 1:
        raise ValueError("rel must be in (0, 1]")
    np.clip(Z, -30, 30, out=Z)
    if kind == "sigmoid":
        s = 1 / (1 + np.exp(-Z))
        deriv, peak = s * (1 - s), 0.25
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
