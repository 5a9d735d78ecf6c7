# replaces: minibatch_indices
# Cuts 0..n-1 into batches in order and shuffles the order of the batches instead.
# fails: test_indices_basics, test_indices_vs_sampler, test_indices_partition, test_indices_drop_last, test_indices_next_epoch, test_indices_generator_only, test_indices_no_data_utils
def minibatch_indices(
    n: int, batch_size: int, generator: torch.Generator, drop_last: bool = False
) -> list[torch.Tensor]:
    if n < 1 or batch_size < 1:
        raise ValueError("n and batch_size must be positive")
    batches = list(torch.arange(n).split(batch_size))
    if drop_last and len(batches[-1]) < batch_size:
        batches.pop()
    order = torch.randperm(len(batches), generator=generator)
    return [batches[int(k)] for k in order]
