// SPDX-License-Identifier: GPL-3.0-or-later
// A QR code of a text (libqrencode), black modules on white with the standard quiet zone.
#pragma once

#include <QImage>
#include <QString>

namespace nwk {

/// `text` as a QR code, `scale` pixels per module (medium error correction); a null
/// image when it cannot be encoded.
QImage qrCodeImage(const QString &text, int scale = 6);

} // namespace nwk
