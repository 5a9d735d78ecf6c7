# replaces: run_lstm
# Carries c but feeds h0 into every step instead of the previous hidden state.
# fails: test_run_lstm_torch, test_run_lstm_unbatched, test_run_lstm_calls_cell, test_run_lstm_inputs_unchanged
def run_lstm(xs, h0, c0, W_ih, W_hh, b_ih, b_hh):
    h, c, outputs = h0, c0, []
    for x in xs:
        h, c, _ = lstm_cell(x, h0, c, W_ih, W_hh, b_ih, b_hh)
        outputs.append(h)
    return np.stack(outputs), (h, c)
