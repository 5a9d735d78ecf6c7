# replaces: minibatch_indices
# Reseeds the generator with its initial seed "for reproducibility": every epoch the same.
# fails: test_indices_next_epoch
def minibatch_indices(
    n: int, batch_size: int, generator: torch.Generator, drop_last: bool = False
) -> list[torch.Tensor]:
    if n < 1 or batch_size < 1:
        raise ValueError("n and batch_size must be positive")
    generator.manual_seed(generator.initial_seed())
    perm = torch.randperm(n, generator=generator)
    batches = [perm[i : i + batch_size] for i in range(0, n, batch_size)]
    if drop_last and len(batches[-1]) < batch_size:
        batches.pop()
    return batches
