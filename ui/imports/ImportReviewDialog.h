#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace ed {

class ImportReviews;
class RecordRepository;

// The review list of an import: submissions set aside as possibly an expert already in the
// database, each beside that expert; a coordinator merges the two or keeps them apart.
class ImportReviewDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportReviewDialog(RecordRepository &repository, QWidget *parent = nullptr);
    ~ImportReviewDialog() override;

    QTableWidget *table() const { return m_table; }
    void reload();
    // Acts on the selected row; false with the reason shown when the repository refused.
    bool decide(bool merge);

private:
    void updateButtons();

    RecordRepository &m_repository;
    std::unique_ptr<ImportReviews> m_reviews;
    QStringList m_ids; // review id per table row
    QTableWidget *m_table;
    QLabel *m_message;
    QPushButton *m_merge;
    QPushButton *m_keep;
};

} // namespace ed
