# replaces: dead_units
# Uses .any() where .all() is needed: flags units off on at least one input.
# fails: test_dead_float32_one_row, test_dead_leaky, test_dead_nested, test_dead_vs_forward, test_dead_zero_convention
def dead_units(model: nn.Sequential, X: torch.Tensor) -> list[torch.Tensor]:
    if X.shape[0] == 0:
        raise ValueError("empty X")
    masks, h = [], X
    with torch.no_grad():
        for m in model.modules():
            if isinstance(m, nn.Sequential):
                continue
            if isinstance(m, (nn.ReLU, nn.LeakyReLU)):
                masks.append((h <= 0).any(dim=0))
            h = m(h)
    return masks
