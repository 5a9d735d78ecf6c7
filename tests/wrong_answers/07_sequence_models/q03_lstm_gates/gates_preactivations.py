# replaces: lstm_cell
# Stores the gate pre-activations z in the gates dict instead of the gate values.
# fails: test_lstm_cell_gates, test_lstm_cell_memory, test_lstm_cell_numpy_only, test_lstm_cell_inputs_unchanged
def lstm_cell(x, h, c, W_ih, W_hh, b_ih, b_hh):
    z = x @ W_ih.T + b_ih + h @ W_hh.T + b_hh
    z_i, z_f, z_g, z_o = np.split(z, 4, axis=-1)
    i = 0.5 * (1 + np.tanh(z_i / 2))
    f = 0.5 * (1 + np.tanh(z_f / 2))
    g = np.tanh(z_g)
    o = 0.5 * (1 + np.tanh(z_o / 2))
    c_new = f * c + i * g
    h_new = o * np.tanh(c_new)
    return h_new, c_new, {"i": z_i, "f": z_f, "g": z_g, "o": z_o}
