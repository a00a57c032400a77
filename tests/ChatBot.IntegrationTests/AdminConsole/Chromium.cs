using OpenQA.Selenium.Chrome;

namespace ChatBot.IntegrationTests.AdminConsole;

/// <summary>Debian's headless chromium through chromium-driver. Missing either is a failure naming the packages, never a skip.</summary>
internal static class Chromium
{
    private const string Browser = "/usr/bin/chromium";
    private const string Driver = "/usr/bin/chromedriver";

    public static ChromeDriver Start()
    {
        if (!File.Exists(Browser) || !File.Exists(Driver))
        {
            throw new InvalidOperationException($"The console's browser tests need Debian's chromium and chromium-driver packages ({Browser}, {Driver}): apt-get install -y chromium chromium-driver (.ci/run does this).");
        }

        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Driver)!, Path.GetFileName(Driver));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = Browser };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,1600", "--no-first-run", "--disable-extensions");
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(30));
    }
}
