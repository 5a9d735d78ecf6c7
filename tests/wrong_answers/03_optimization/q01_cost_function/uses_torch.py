# replaces: bce_with_logits
# Calls torch's binary_cross_entropy_with_logits instead of writing the formula.
# fails: test_bce_numpy_only
def bce_with_logits(z: np.ndarray, y: np.ndarray) -> np.floating:
    if z.shape != y.shape:
        raise ValueError(f"z has shape {z.shape} but y has shape {y.shape}")
    if np.any((y < 0) | (y > 1)):
        raise ValueError("targets must lie in [0, 1]")
    loss = torch.nn.functional.binary_cross_entropy_with_logits(
        torch.from_numpy(z), torch.from_numpy(y.astype(z.dtype))
    )
    return loss.numpy()[()]
