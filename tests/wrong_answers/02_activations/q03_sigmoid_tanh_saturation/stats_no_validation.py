# replaces: saturation_stats
# Checks nothing: any kind other than "sigmoid" is treated as tanh, any rel and shape pass.
# fails: test_stats_errors
def saturation_stats(
    Z: np.ndarray, kind: str, *, rel: float = 0.01
) -> dict[str, float]:
    if kind == "sigmoid":
        t = np.tanh(Z / 2)
        deriv, peak = (1 - t) * (1 + t) / 4, 0.25
    else:
        t = np.tanh(Z)
        deriv, peak = (1 - t) * (1 + t), 1.0
    saturated = deriv < rel * peak
    return {
        "mean_derivative": float(deriv.mean()),
        "saturated_fraction": float(saturated.mean()),
        "fully_saturated_units": float(saturated.all(axis=0).mean()),
    }
