#pragma once

#include "lookup/lookupindex.h"

#include <QTimer>
#include <QWidget>

class LookupService;
class QFrame;
class QLabel;
class QLineEdit;
class QTreeWidget;

// The "where is my order?" field: an agent types whatever the caller gives (order or tracking
// number, e-mail, phone in any format, part of the name) and the best matches drop down under
// the field as they type, each with its numbers, recipient, status in words, expected delivery and
// why it matched. Down/Up move through them, Enter opens the highlighted one (the first when none
// is), Escape closes the list and a second Escape clears the field. The list floats over the
// window below the field, so it never pushes the table around.
class LookupBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int DebounceMs = 80; // one lookup per pause in typing, not per key
    static constexpr int MaxResults = 50;

    // `shipments` and `lookup` must outlive the bar.
    LookupBar(const ShipmentColumns &shipments, const LookupService &lookup, QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    QTreeWidget *resultList() const { return m_results; }
    bool resultsShown() const;
    // Puts the cursor in the field with its text selected, ready to type over.
    void focusLookup();
    // Looks up what is typed now instead of after the pause (also done by Enter).
    void lookUpNow();
    // Puts `text` in the field and reports it (queryChanged) without opening the list: a saved view's lookup.
    void setQuery(const QString &text);
    // Puts `text` in the field without looking it up or reporting it: the table went back to
    // showing its matches (a canceled filter), so nothing is to be done but show it.
    void showQuery(const QString &text);

signals:
    // The agent opened a shipment from the results.
    void shipmentChosen(qint64 id);
    // What the lookup is about changed (after the pause in typing); empty when the field was cleared.
    void queryChanged(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createPopup();
    void scheduleLookup();
    void showResults(const LookupResult &result);
    void addResult(const LookupHit &hit);
    QString whyMatched(const LookupHit &hit) const;
    void showMessage(const QString &message);
    void placePopup();
    void hidePopup();
    void moveCurrent(int steps);
    void chooseCurrent();

    const ShipmentColumns &m_shipments;
    const LookupService &m_lookup;
    QLineEdit *m_edit = nullptr;
    QFrame *m_popup = nullptr;
    QTreeWidget *m_results = nullptr;
    QLabel *m_summary = nullptr;
    QTimer m_debounce;
    QString m_lookedUp; // the text the list shows results for
};
