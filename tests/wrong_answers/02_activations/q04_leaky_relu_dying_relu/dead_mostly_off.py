# replaces: dead_units
# Calls a unit dead when it is off on more than 99% of the inputs.
# fails: test_dead_zero_convention
def dead_units(model: nn.Sequential, X: torch.Tensor) -> list[torch.Tensor]:
    if X.shape[0] == 0:
        raise ValueError("empty X")
    masks, h = [], X
    with torch.no_grad():
        for m in model.modules():
            if isinstance(m, nn.Sequential):
                continue
            if isinstance(m, (nn.ReLU, nn.LeakyReLU)):
                masks.append((h <= 0).double().mean(dim=0) > 0.99)
            h = m(h)
    return masks
