# replaces: minibatch_indices
# Checks nothing: n = 0 gives [], a negative batch size gives [] instead of ValueError.
# fails: test_indices_invalid
def minibatch_indices(
    n: int, batch_size: int, generator: torch.Generator, drop_last: bool = False
) -> list[torch.Tensor]:
    perm = torch.randperm(max(n, 0), generator=generator)
    batches = [perm[i : i + batch_size] for i in range(0, n, batch_size)]
    if drop_last and batches and len(batches[-1]) < batch_size:
        batches.pop()
    return batches
