# replaces: epoch_batches
# Asks a DataLoader over range(n) for the number of batches instead of computing it.
# fails: test_batches_no_dataloader
def epoch_batches(
    n: int, batch_size: int, drop_last: bool = False
) -> tuple[int, int, int]:
    if n < 0:
        raise ValueError(n)
    loader = DataLoader(range(n), batch_size=batch_size, drop_last=drop_last)
    iterations = len(loader)
    if iterations == 0:
        return 0, 0, n
    if drop_last:
        return iterations, batch_size, n - iterations * batch_size
    return iterations, n - (iterations - 1) * batch_size, 0
