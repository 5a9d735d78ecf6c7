# replaces: dead_units
# Loops over the top-level modules only, so activations inside nested blocks are missed.
# fails: test_dead_nested
def dead_units(model: nn.Sequential, X: torch.Tensor) -> list[torch.Tensor]:
    if X.shape[0] == 0:
        raise ValueError("empty X")
    masks, h = [], X
    with torch.no_grad():
        for m in model:
            if isinstance(m, (nn.ReLU, nn.LeakyReLU)):
                masks.append((h <= 0).all(dim=0))
            h = m(h)
    return masks
