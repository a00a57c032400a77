namespace ChatBot.Pictures;

/// <summary>Where one event's label goes: its lane (row), the label's left edge, and the whole width the event takes in that lane.</summary>
internal readonly record struct LabelPlacement(int Lane, float LabelX, float From, float To);
