# replaces: epoch_batches
# Rounds up with math.ceil(n / batch_size): a float division, wrong for huge n.
# fails: test_batches_huge
import math


def epoch_batches(
    n: int, batch_size: int, drop_last: bool = False
) -> tuple[int, int, int]:
    if type(batch_size) is not int or batch_size < 1:
        raise ValueError(batch_size)
    if n < 0:
        raise ValueError(n)
    if drop_last:
        iterations = math.floor(n / batch_size)
        return (
            iterations,
            (batch_size if iterations else 0),
            n - iterations * batch_size,
        )
    iterations = math.ceil(n / batch_size)
    last_batch = n - (iterations - 1) * batch_size if iterations else 0
    return iterations, last_batch, 0
