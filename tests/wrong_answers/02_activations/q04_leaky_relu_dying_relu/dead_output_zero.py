# replaces: dead_units
# Tests the activation's OUTPUT for zeros, which Leaky ReLU never produces.
# fails: test_dead_leaky
def dead_units(model: nn.Sequential, X: torch.Tensor) -> list[torch.Tensor]:
    if X.shape[0] == 0:
        raise ValueError("empty X")
    masks, h = [], X
    with torch.no_grad():
        for m in model.modules():
            if isinstance(m, nn.Sequential):
                continue
            h = m(h)
            if isinstance(m, (nn.ReLU, nn.LeakyReLU)):
                masks.append((h == 0).all(dim=0))
    return masks
