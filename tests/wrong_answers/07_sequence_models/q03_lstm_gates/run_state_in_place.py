# replaces: run_lstm
# Keeps the state in the h0 and c0 buffers and overwrites them at every step.
# fails: test_run_lstm_inputs_unchanged
def run_lstm(xs, h0, c0, W_ih, W_hh, b_ih, b_hh):
    h, c, outputs = h0, c0, []
    for x in xs:
        h_new, c_new, _ = lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh)
        h[...], c[...] = h_new, c_new
        outputs.append(h.copy())
    return np.stack(outputs), (h, c)
