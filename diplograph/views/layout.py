"""A seeded force-directed layout in plain numpy, so big networks need neither scipy nor physics."""

from __future__ import annotations

import math

import numpy as np


def force_layout(ids: list[str], edges: list[tuple[str, str, float]], *, iterations: int = 0,
                 seed: int = 7, spacing: float = 110.0) -> dict[str, tuple[float, float]]:
    """Fruchterman–Reingold positions in pixels, centred on 0 and spread ~``spacing`` per node.

    Dense n×n arithmetic (fine up to a couple of thousand nodes); the same input always gives
    the same output. Nodes without edges go on a ring around the rest instead of crowding it.
    """
    n = len(ids)
    if n == 0:
        return {}
    iterations = iterations or min(90, max(40, 40000 // n))  # big graphs: fewer, costlier rounds
    index = {nid: i for i, nid in enumerate(ids)}
    adj = np.zeros((n, n), dtype=np.float32)
    for a, b, w in edges:
        if a in index and b in index and a != b:
            i, j = index[a], index[b]
            adj[i, j] = adj[j, i] = max(adj[i, j], 1.0 + math.log(max(1.0, w)))
    linked = np.flatnonzero(adj.sum(axis=1) > 0)
    pos = np.zeros((n, 2), dtype=np.float32)
    if len(linked):
        pos[linked] = _spring(adj[np.ix_(linked, linked)], iterations, seed)
        pos[linked] *= spacing * math.sqrt(len(linked))
        pos[linked] = _spread(pos[linked], 0.6 * spacing)
    alone = np.flatnonzero(adj.sum(axis=1) == 0)
    if len(alone):
        radius = max(float(np.abs(pos[linked]).max()) if len(linked) else 0.0, spacing) + spacing
        turns = 2 * math.pi * np.arange(len(alone)) / max(1, len(alone))
        rings = 1 + np.arange(len(alone)) // max(8, int(radius * 2 * math.pi / spacing))
        pos[alone, 0] = (radius + (rings - 1) * spacing) * np.cos(turns)
        pos[alone, 1] = (radius + (rings - 1) * spacing) * np.sin(turns)
    return {nid: (round(float(pos[i, 0]), 1), round(float(pos[i, 1]), 1)) for nid, i in index.items()}


def _spread(pos: np.ndarray, gap: float, rounds: int = 30) -> np.ndarray:
    """Push apart nodes closer than ``gap`` (a dense cluster would hide its nodes and labels)."""
    pos = pos.copy()
    for _ in range(rounds):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.sqrt((delta ** 2).sum(axis=-1))
        np.fill_diagonal(dist, 1e9)
        close = dist < gap
        if not close.any():
            break
        push = np.where(close, (gap - dist) / (2 * np.maximum(dist, 1e-3)), 0.0)
        pos += np.einsum("ijk,ij->ik", delta, push).astype(pos.dtype) * 0.5
    return pos


def _spring(adj: np.ndarray, iterations: int, seed: int) -> np.ndarray:
    """Positions in about [-0.5, 0.5]² for one weighted adjacency matrix."""
    n = adj.shape[0]
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2), dtype=np.float32) - 0.5
    if n == 1:
        return pos * 0
    k = 1.0 / math.sqrt(n)
    step = 0.1
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.sqrt((delta ** 2).sum(axis=-1))
        np.clip(dist, 0.01, None, out=dist)
        force = k * k / dist ** 2 - adj * dist / k
        disp = np.einsum("ijk,ij->ik", delta, force) - pos * (0.6 * k)  # mild pull to the centre
        length = np.sqrt((disp ** 2).sum(axis=1))
        np.clip(length, 0.01, None, out=length)
        pos += disp * (np.minimum(length, step) / length)[:, None]
        step -= 0.1 / (iterations + 1)
    pos -= pos.mean(axis=0)
    scale = float(np.abs(pos).max()) or 1.0
    return pos / (2 * scale)
