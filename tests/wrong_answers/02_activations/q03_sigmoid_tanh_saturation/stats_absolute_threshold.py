# replaces: saturation_stats
# Compares the derivative with rel itself, not with rel times its largest value.
# fails: test_stats_autograd, test_stats_closed_form, test_stats_threshold, test_stats_strict, test_stats_float32
def saturation_stats(
    Z: np.ndarray, kind: str, *, rel: float = 0.01
) -> dict[str, float]:
    if Z.ndim != 2:
        raise ValueError("Z must be 2-D")
    if not 0 < rel <= 1:
        raise ValueError("rel must be in (0, 1]")
    if kind == "sigmoid":
        s = 0.5 * (1 + np.tanh(Z / 2))
        deriv = s * (1 - s)
    elif kind == "tanh":
        deriv = 1 - np.tanh(Z) ** 2
    else:
        raise ValueError(kind)
    saturated = deriv < rel
    return {
        "mean_derivative": float(deriv.mean()),
        "saturated_fraction": float(saturated.mean()),
        "fully_saturated_units": float(saturated.all(axis=0).mean()),
    }
