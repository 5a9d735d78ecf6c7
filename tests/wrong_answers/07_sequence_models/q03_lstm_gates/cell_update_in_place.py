# replaces: lstm_cell
# Updates the cell state in place (c *= f; c += i * g), overwriting the caller's c.
# fails: test_lstm_cell_inputs_unchanged, test_run_lstm_inputs_unchanged
def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    z_i, z_f, z_g, z_o = np.split(z, 4, axis=-1)
    gates = {
        "i": 0.5 * (1 + np.tanh(z_i / 2)),
        "f": 0.5 * (1 + np.tanh(z_f / 2)),
        "g": np.tanh(z_g),
        "o": 0.5 * (1 + np.tanh(z_o / 2)),
    }
    c *= gates["f"]
    c += gates["i"] * gates["g"]
    h_new = gates["o"] * np.tanh(c)
    return h_new, c, gates
