namespace ChatBot.Core.Search;

/// <summary>
/// One term's posting weights as a loop reads them. The loops over postings are generic over the run's kind, so the
/// JIT compiles one loop for coded weights (<see cref="CodedRun"/>) and one for floats (<see cref="FloatRun"/>) with no
/// branch a posting on which kind it is.
/// </summary>
internal interface IWeightRun
{
    float At(int k);
}
