# replaces: saturation_stats
# Returns numpy scalars (deriv.mean(), ...) instead of Python floats.
# fails: test_stats_basics, test_stats_float32
def saturation_stats(
    Z: np.ndarray, kind: str, *, rel: float = 0.01
) -> dict[str, float]:
    if Z.ndim != 2:
        raise ValueError("Z must be 2-D")
    if not 0 < rel <= 1:
        raise ValueError("rel must be in (0, 1]")
    if kind == "sigmoid":
        t = np.tanh(Z / 2)
        deriv, peak = (1 - t) * (1 + t) / 4, 0.25
    elif kind == "tanh":
        t = np.tanh(Z)
        deriv, peak = (1 - t) * (1 + t), 1.0
    else:
        raise ValueError(kind)
    saturated = deriv < rel * peak
    return {
        "mean_derivative": deriv.mean(),
        "saturated_fraction": saturated.mean(),
        "fully_saturated_units": saturated.all(axis=0).mean(),
    }
