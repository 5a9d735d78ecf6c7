# replaces: dead_units
# Counts a unit as dead only when z < 0 everywhere: a unit stuck at exactly 0 passes.
# fails: test_dead_basics, test_dead_zero_convention
def dead_units(model: nn.Sequential, X: torch.Tensor) -> list[torch.Tensor]:
    if X.shape[0] == 0:
        raise ValueError("empty X")
    masks, h = [], X
    with torch.no_grad():
        for m in model.modules():
            if isinstance(m, nn.Sequential):
                continue
            if isinstance(m, (nn.ReLU, nn.LeakyReLU)):
                masks.append((h < 0).all(dim=0))
            h = m(h)
    return masks
