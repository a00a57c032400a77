namespace ChatBot.Ingest.Extraction;

/// <summary>One line of a PDF page: its words in reading order, its baseline (from the page bottom) and font size.</summary>
internal sealed record PdfLine(int Page, string Text, double Baseline, double Top, double FontSize, double PageHeight);
