namespace ChatBot.Ingest.Extraction;

/// <summary>Metadata a page declares about itself, strongest source first (JSON-LD, then OpenGraph, then plain meta tags).</summary>
public sealed record PageMetadata(string? Title, string? Author, string? Publisher, string? Published, string? CanonicalUrl, string? Language);
