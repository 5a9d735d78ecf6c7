# replaces: saturation_stats
# Uses sigma(z) = (1 + tanh(z/2)) / 2 but forgets the 1/4 in sigma' = (1 - tanh^2(z/2)) / 4.
# fails: test_stats_basics, test_stats_autograd, test_stats_closed_form, test_stats_threshold, test_stats_strict, test_stats_float32
def saturation_stats(
    Z: np.ndarray, kind: str, *, rel: float = 0.01
) -> dict[str, float]:
    if Z.ndim != 2:
        raise ValueError("Z must be 2-D")
    if not 0 < rel <= 1:
        raise ValueError("rel must be in (0, 1]")
    if kind == "sigmoid":
        deriv, peak = 1 - np.tanh(Z / 2) ** 2, 0.25
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
