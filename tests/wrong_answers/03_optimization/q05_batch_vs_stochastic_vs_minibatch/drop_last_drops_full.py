# replaces: minibatch_indices
# With drop_last it removes the last batch even when that batch is full.
# fails: test_indices_vs_sampler, test_indices_drop_last
def minibatch_indices(
    n: int, batch_size: int, generator: torch.Generator, drop_last: bool = False
) -> list[torch.Tensor]:
    if n < 1 or batch_size < 1:
        raise ValueError("n and batch_size must be positive")
    perm = torch.randperm(n, generator=generator)
    batches = [perm[i : i + batch_size] for i in range(0, n, batch_size)]
    if drop_last:
        batches = batches[:-1]
    return batches
