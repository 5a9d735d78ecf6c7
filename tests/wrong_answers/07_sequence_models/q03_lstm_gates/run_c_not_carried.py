# replaces: run_lstm
# Carries h but restarts every step from c0: the cell state never accumulates.
# fails: test_run_lstm_basics, test_run_lstm_torch, test_run_lstm_unbatched, test_run_lstm_memory, test_run_lstm_calls_cell, test_run_lstm_inputs_unchanged
def run_lstm(xs, h0, c0, W_ih, W_hh, b_ih, b_hh):
    h, c, outputs = h0, c0, []
    for x in xs:
        h, c, _ = lstm_cell(x, h, c0, W_ih, W_hh, b_ih, b_hh)
        outputs.append(h)
    return np.stack(outputs), (h, c)
