package dev.margin.ui.review.agreement;

import dev.margin.service.AgreementService;
import dev.margin.ui.review.ModelTab;
import dev.margin.ui.review.ReviewTab;
import dev.margin.ui.review.ReviewContext;

/** The review window's agreement tab: it reads the library only while on screen. */
public final class AgreementTab extends ModelTab<AgreementViewModel> {
    /** The tab's node id, to choose it from the reader's menu. */
    public static final String ID = "reviewTabAgreement";

    public AgreementTab(ReviewContext context, AgreementService agreement) {
        this(context, new AgreementViewModel(context, agreement));
    }

    /**
     * How the review window makes this tab. The application passes this rather than a lambda of its own: a lambda
     * there returning an AgreementTab as a ReviewTab makes the JVM load both classes while it checks the
     * application's class, before the first window (which shows neither) is up.
     */
    public static ReviewTab.Factory over(AgreementService agreement) {
        return (context, browser) -> new AgreementTab(context, agreement);
    }

    private AgreementTab(ReviewContext context, AgreementViewModel model) {
        super(ID, context.messages().get("review.tab.agreement"), model, new AgreementView(model, context.messages()));
    }

    @Override
    public void shown(boolean onScreen) {
        model().setShown(onScreen);
    }
}
