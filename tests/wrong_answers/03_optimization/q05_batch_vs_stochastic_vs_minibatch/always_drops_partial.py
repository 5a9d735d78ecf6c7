# replaces: minibatch_indices
# Steps to n - batch_size + 1, so the short last batch is always lost, drop_last or not.
# fails: test_indices_basics, test_indices_vs_sampler, test_indices_partition, test_indices_generator_only
def minibatch_indices(
    n: int, batch_size: int, generator: torch.Generator, drop_last: bool = False
) -> list[torch.Tensor]:
    if n < 1 or batch_size < 1:
        raise ValueError("n and batch_size must be positive")
    perm = torch.randperm(n, generator=generator)
    return [perm[i : i + batch_size] for i in range(0, n - batch_size + 1, batch_size)]
