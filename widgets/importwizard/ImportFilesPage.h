// SPDX-License-Identifier: MIT
#pragma once

#include <QWizardPage>

class QListWidget;

namespace ul {

/// Step 1 of the import wizard: the files to import (CSV or NDJSON), added by dialog or drop.
class ImportFilesPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportFilesPage(QWidget* parent = nullptr);
    QStringList files() const;
    void setFiles(const QStringList& files);
    bool isComplete() const override;

private:
    void addFiles();

    QListWidget* m_list = nullptr;
};

} // namespace ul
