# replaces: minibatch_indices
# Draws the indices with replacement (randint), so some repeat and others are missed.
# fails: test_indices_basics, test_indices_vs_sampler, test_indices_partition, test_indices_drop_last, test_indices_next_epoch, test_indices_generator_only, test_indices_no_data_utils
def minibatch_indices(
    n: int, batch_size: int, generator: torch.Generator, drop_last: bool = False
) -> list[torch.Tensor]:
    if n < 1 or batch_size < 1:
        raise ValueError("n and batch_size must be positive")
    idx = torch.randint(0, n, (n,), generator=generator)
    batches = [idx[i : i + batch_size] for i in range(0, n, batch_size)]
    if drop_last and len(batches[-1]) < batch_size:
        batches.pop()
    return batches
