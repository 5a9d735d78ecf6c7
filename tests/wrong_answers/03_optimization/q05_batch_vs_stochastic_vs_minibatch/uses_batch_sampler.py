# replaces: minibatch_indices
# Lets RandomSampler and BatchSampler do the work (and RandomSampler draws a spare permutation).
# fails: test_indices_next_epoch, test_indices_no_data_utils
def minibatch_indices(
    n: int, batch_size: int, generator: torch.Generator, drop_last: bool = False
) -> list[torch.Tensor]:
    if n < 1 or batch_size < 1:
        raise ValueError("n and batch_size must be positive")
    sampler = BatchSampler(
        RandomSampler(range(n), generator=generator), batch_size, drop_last
    )
    return [torch.tensor(batch, dtype=torch.int64) for batch in sampler]
